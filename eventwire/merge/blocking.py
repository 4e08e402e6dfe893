"""Candidate pairs: only reports sharing a blocking key are compared, so merging a report costs
the size of its blocks, not of the whole collection.

A report's keys: for each label family of its label, its country (and region) and each week its date
window (widened by the slack, and by :data:`~.evidence.FAR_DAYS` back when the date is not read
from the event's own sentence) touches. Every report also gets a key per evidence sentence
(normalised), so a copy of the same words meets its twin whatever its place or date reads.

A place with a first-level region blocks by region (a town meets the towns of its region and
the region itself), and passively by country, so a report that names only the country meets
it. A report with no place (a radio summary in lower case, a headline) must still meet the located
reports of its happening: it gets an *active* key per label family and week, which every
located report of that family and week holds as a *passive* key. Passive keys pair only with
active ones, so located reports are not compared across a whole country's week.

A located report also blocks by its place's name and its words as written ("Raqqa" for Ar
Raqqah; per label family and week), so that two reports naming one place the gazetteer
resolved two ways (a homonym in another country or region: :func:`.places.same_name`) are
compared. A report whose place was read elsewhere in its article (not in the event's own
sentence) blocks by the names its sentences give too (:func:`.text.phrases`), so that it
meets the reports placed where its sentence says (a follow-up's "struck a camp outside
Jilib", placed at another town its article names: :data:`.evidence.SAID_PLACE_FIT`). On ECB+ dev
that adds 1.3% candidate pairs (21,755 -> 22,041), not a country's week of them as blocking
such reports by country would (34,547).

A report with no time at all (no date words, no publication date) blocks by the week ``?``:
actively in its place's blocks, which every report of that place holds passively for ``?``, and
with no place either, in its family's ``?`` block, which every report holds passively. Such
reports are rare in a dated stream, and they cost their blocks' whole history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from ..dates.anchor import shift_days
from ..records import Event
from .decide import dated_to_month
from .evidence import DATE_SLACK_DAYS, FAR_DAYS, Profile, normalise, reports

# A window longer than this many weeks (a month or a season) counts as "no time": it would
# otherwise sit in many blocks and be compared with everything.
MAX_WEEKS = 6


def _weeks(p: Profile) -> list[str]:
    if p.window is None:
        return ["?"]
    back = DATE_SLACK_DAYS if p.date_named else FAR_DAYS
    first = shift_days(p.window[0], -back).toordinal() // 7
    last = shift_days(p.window[1], DATE_SLACK_DAYS).toordinal() // 7
    if last - first + 1 > MAX_WEEKS:
        return ["?"]
    return [str(w) for w in range(first, last + 1)]


# The mark of a passive key (the last character of its digest): it pairs with active keys only.
PASSIVE = "~"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def keys(e: Event, p: Profile) -> list[str]:
    """The blocking keys of a report, as short digests (the store keeps them as rows); a
    passive key is its active twin's digest followed by :data:`PASSIVE`. A report that recalls
    history (:func:`.windows.history`) has only keys of recollections (:func:`_history_keys`,
    :func:`_copy_keys`): it joins no report of news (:func:`.decide.recalled`), and a recalled
    year would block it with every report of its place."""
    if p.history:       # and the copies of its sentence that day (:func:`.decide.recalled`)
        return sorted({*_history_keys(p), *_copy_keys(p)})
    raw = [f"t|{normalise(m.evidence.sentence)}" for m in reports(e)]
    families = sorted(p.families or {p.label})
    weeks = _weeks(p)
    # Every report meets the reports of its family with neither place nor time.
    anywhere = [f"a|{family}|?" for family in families]
    if p.place is None:
        raw += [f"a|{family}|{week}" for family in families for week in weeks]
        return sorted({_digest(k) for k in raw} | {_digest(k) + PASSIVE for k in anywhere})
    anywhere += [f"a|{family}|{week}" for family in families for week in weeks]
    country = p.place.iso2 or normalise(p.place.name)
    region = normalise(p.place.admin1 or "")
    if region:       # a place in a region: its region's block, and the country's passively
        own = [f"r|{family}|{country}|{region}" for family in families]
        anywhere += [f"b|{family}|{country}|{week}" for family in families
                     for week in {*weeks, "?"}]
    else:            # a country (or a place of unknown region) meets all of its regions
        own = [f"b|{family}|{country}" for family in families]
    raw += [f"{k}|{week}" for k in own for week in weeks]
    named = {normalise(p.place.name), normalise(p.place.text)} - {""}
    if not p.place_named:       # the article's place: meet the places the sentence names
        named |= p.said
    raw += [f"n|{family}|{n}|{week}" for family in families for week in weeks for n in named]
    if weeks != ["?"]:          # the place's reports with no time meet it
        anywhere += [f"{k}|?" for k in own]
    return sorted({_digest(k) for k in raw} | {_digest(k) + PASSIVE for k in anywhere})


def _history_keys(p: Profile) -> list[str]:
    """A report recalling history meets only the recollections :func:`.decide.recalled` lets
    it join: of its family and country, dated to the month or closer in their own sentences,
    in articles published within a week. A key per family, country, recalled month and
    publication week, that week and the next (two reports a week apart share the later)."""
    if not dated_to_month(p) or p.published is None:
        return []
    country = (p.place.iso2 or normalise(p.place.name)) if p.place is not None else "?"
    months = {(d.year, d.month) for d in (p.window[0], p.window[1])}
    week = p.published.toordinal() // 7
    return sorted({_digest(f"h|{family}|{country}|{y}-{m}|{w}")
                   for family in sorted(p.families or {p.label}) for y, m in months
                   for w in (week, week + 1)})


def _copy_keys(p: Profile) -> list[str]:
    """A report recalling history meets the other reports of its day, family and place:
    outlets running one wire text recall its history in one sentence, edited apart
    (:func:`.decide._copied_history` decides)."""
    if p.published is None or p.place is None:
        return []
    place = normalise(p.place.name)
    return [_digest(f"hc|{family}|{place}|{p.published}")
            for family in sorted(p.families or {p.label})]


def active(key: str) -> str:
    """The key a passive key pairs with (an active key is its own)."""
    return key.rstrip(PASSIVE)


def candidate_pairs(key_lists: Sequence[Iterable[str]], first_new: int = 0,
                    documents: Sequence[frozenset[str]] | None = None
                    ) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of reports sharing a key (a passive key pairs only
    with its active twin); with ``first_new``, only pairs where ``j >= first_new``; with
    ``documents`` (each report's document ids), only pairs of reports of no common document
    (the decision never joins those: :func:`.decide.possible`)."""
    docs = documents or [frozenset({i}) for i in range(len(key_lists))]
    blocks: dict[str, tuple[list[int], list[int]]] = {}
    for i, ks in enumerate(key_lists):
        for k in ks:
            blocks.setdefault(active(k), ([], []))[k.endswith(PASSIVE)].append(i)
    out: set[tuple[int, int]] = set()
    for act, passive in blocks.values():
        # A block's reports grouped by their documents: an event-dense article puts hundreds
        # of its reports in one block, and pairing them one by one only to reject each pair
        # for its shared document made merging one article quadratic (issue 12).
        act_groups = _by_documents(act, docs)
        all_groups = _by_documents(act + passive, docs)
        acting = set(act)
        for j in sorted({*act, *passive}):
            if j < first_new:
                continue
            # every pair is taken from its later report: with any earlier report if that one
            # is active in the block, with the earlier active ones if it is passive
            for ds, members in (all_groups if j in acting else act_groups).items():
                if ds.isdisjoint(docs[j]):
                    out.update((i, j) for i in members if i < j)
    return out


def _by_documents(members: Iterable[int], docs: Sequence[frozenset]
                  ) -> dict[frozenset, set[int]]:
    """``members`` by their document ids."""
    grouped: dict[frozenset, set[int]] = {}
    for i in members:
        grouped.setdefault(docs[i], set()).add(i)
    return grouped

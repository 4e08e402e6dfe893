"""A small store of hand-built events with physical targets, for the target-kind filter's
tests (store, CLI, API). Hard negatives: a building whose words name a hospital (kind
"building", not "health facility"), a "public building" (not "building"), an event that hit
nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from serve_store import _event

from eventwire.records import Event, Target
from eventwire.store import Store

# (label, country, iso2, place, lat, lon, day, sentence, ((kind, words), ...))
ROWS = (
    ("ATTACK", "Afghanistan", "AF", "Kunduz", 36.73, 68.86, date(2023, 6, 5),
     "Gunmen stormed a clinic and set fire to an ambulance in Kunduz on Monday.",
     (("health facility", "clinic"), ("vehicle", "ambulance"))),
    ("ATTACK", "Nigeria", "NG", "Maiduguri", 11.85, 13.16, date(2022, 11, 2),
     "Militants burned down a primary school in Maiduguri overnight.",
     (("school", "primary school"),)),
    ("ATTACK", "Somalia", "SO", "Mogadishu", 2.04, 45.34, date(2024, 1, 9),
     "A bomb damaged the ministry offices in Mogadishu; no one was hurt.",
     (("public building", "ministry offices"),)),
    ("ATTACK", "DR Congo", "CD", "Goma", -1.68, 29.23, date(2023, 2, 14),
     "Rebels shelled the hospital administration block near Goma.",
     (("building", "hospital administration block"),)),
    ("PEACE_PROTEST", "Peru", "PE", "Lima", -12.05, -77.04, date(2023, 3, 21),
     "Thousands marched through Lima on Tuesday against the new law.", ()),
)


def events() -> list[tuple]:
    """(document, event) of each row, every event sure enough for the default threshold."""
    out = []
    for i, (label, country, iso2, place, lat, lon, day, sentence, hits) in enumerate(ROWS):
        doc, e = _event(i, (label, country, iso2, place, lat, lon, day, None, None, None,
                            sentence))
        targets = []
        for kind, words in hits:
            s = doc.text.index(words)
            targets.append(Target(kind, words, (s, s + len(words))))
        out.append((doc, replace(e, targets=tuple(targets), confidence=0.9)))
    return out


def build_targets_store(path: Path | str) -> list[Event]:
    """A store at ``path`` with the events of :data:`ROWS`; returns them."""
    items = events()
    with Store.open(path) as store:
        store.add_batch([(d, (e,)) for d, e in items])
    return [e for _, e in items]


def places_hit(kinds: set[str]) -> set[str]:
    """The places of the rows that hit a target of one of ``kinds`` (from :data:`ROWS`)."""
    return {row[3] for row in ROWS if any(kind in kinds for kind, _ in row[8])}

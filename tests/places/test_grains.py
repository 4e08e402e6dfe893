"""One name, two grains: a region named after its main town (eventwire/places/grains.py).

Sentences written for these tests; ``ASIDE`` only checked."""

from __future__ import annotations

import re

import pytest


def _grains(world, text, name):
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return [p.feature if p else None for p in world.resolve_spans(text, spans)]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # the region cued once, the town named bare
    ("Shelling killed two people in Kherson on Sunday. Elsewhere in the Kherson region, a "
     "drone hit a bus.", "Kherson", ["PPL", "ADM1"]),
    ("Drones struck a depot on the edge of Ménaka at dawn. Thousands have fled the Ménaka "
     "region since 2022.", "Ménaka", ["PPL", "ADM1"]),
    ("Air strikes on Idlib province killed nine, and two shells hit a school in Idlib.",
     "Idlib", ["ADM1", "PPL"]),
    # cued only; bare only (the town, as before); a region whose town is a small part of it
    ("Floods cut roads across the Kherson region and the Zaporizhzhia region.", "Kherson",
     ["ADM1"]),
    ("Shelling killed two people in Aleppo on Sunday.", "Aleppo", ["PPL"]),
    ("Floods hit Quebec on Monday, and Quebec province declared an emergency.", "Quebec",
     ["ADM1", "ADM1"]),
])
def test_a_bare_name_means_the_town_where_a_cue_names_its_region(world, text, name, expected):
    assert _grains(world, text, name) == expected


ASIDE = [
    ("Russian drones struck Zaporizhzhia overnight. Air defences downed 12 drones over the "
     "Zaporizhzhia region.", "Zaporizhzhia", ["PPL", "ADM1"]),
    ("Gunmen shot dead a trader in Kano city, and police in Kano state arrested four.",
     "Kano", ["PPL", "ADM1"]),
]


@pytest.mark.parametrize(("text", "name", "expected"), ASIDE)
def test_aside_sentences(world, text, name, expected):
    assert _grains(world, text, name) == expected

"""Diseases named after places (eventwire.places.diseases), on sentences written here; the
geoparser's readings of whole sentences are in test_context (context_diseases_*.jsonl)."""

from __future__ import annotations

import pytest

from eventwire.places.diseases import bare_names, names_a_disease


def _disease(text, name, demonym=False, features=("PPL",)):
    start = text.index(name)
    return names_a_disease(text, start, start + len(name), demonym, features)


@pytest.mark.parametrize("text, name, demonym", [
    ("tested positive for West Nile virus", "Nile", False),
    ("cases of Rift Valley fever rose", "Rift Valley", False),
    ("new cases of Middle East respiratory syndrome", "Middle East", False),
    ("the Crimean-Congo haemorrhagic fever outbreak", "Crimean", True),
    ("Rocky Mountain spotted fever is rising", "Rocky Mountain", False),
    ("the Spanish flu of 1918", "Spanish", True),
    ("a Lyme disease clinic", "Lyme", False),
    ("the South African variant spread", "South African", True),
    ("a case of Marburg was confirmed", "Marburg", False),
    ("Zika is spread by mosquitoes; the virus ...", "Zika", False),
    ("her death from H5N1 bird flu", "H5N1", False),
    ("the Zaire ebolavirus caused it", "Zaire", False),
    ("Guinea worm is close to eradication", "Guinea", False),
    ("cases of MERS-CoV in Riyadh", "MERS-CoV", False),
])
def test_a_disease_named_after_a_place_is_no_place(text, name, demonym):
    assert _disease(text, name, demonym)


@pytest.mark.parametrize("text, name, demonym, features", [
    ("Texas flu cases doubled", "Texas", False, ("ADM1",)),          # flu: a people's only
    ("a Congo disease outbreak", "Congo", False, ("PCLI",)),         # a country's outbreak
    ("a doctor in Marburg treated virus patients", "Marburg", False, ("PPL",)),
    ("Marburg, Germany, reported a virus case", "Marburg", False, ("PPL",)),
    ("the West Nile region reported an outbreak", "West Nile", False, ("RGN",)),
    ("Heavy rain flooded Marburg on Sunday.", "Marburg", False, ("PPL",)),   # no disease
    ("the Wuhan outbreak grew", "Wuhan", False, ("PPL",)),
    ("the Japanese embassy said", "Japanese", True, ()),
])
def test_a_place_beside_disease_words_stays_a_place(text, name, demonym, features):
    assert not _disease(text, name, demonym, features)


def test_the_table_of_viruses_called_by_a_place_alone_is_read():
    assert {"ebola", "marburg", "west nile"} <= bare_names()
    assert "texas" not in bare_names()

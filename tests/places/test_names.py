from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.places.names import fold, is_latin, normalize, skeleton


def test_normalize_folds_case_marks_and_abbreviations():
    assert normalize("St. Mary's") == normalize("Saint Marys") == "saint marys"
    assert normalize("Winston-Salem") == "winston salem"
    assert normalize("U.S.") == normalize("U. S.") == "u s"
    assert normalize("Zürich") == "zurich"


def test_skeleton_joins_transliterations():
    assert skeleton("Ein Issa") == skeleton("‘Ayn ‘Īsá")
    assert skeleton("Raqqa") == skeleton("Ar-Raqqah")
    assert skeleton("Deir ez-Zor") == skeleton("Dayr az Zor")
    assert skeleton("Beirut") != skeleton("Berlin")


def test_fold_and_script():
    assert fold("Şanlıurfa") == "Sanliurfa"
    assert is_latin("Aïn Aïssa")
    assert not is_latin("عين عيسى")


@given(st.text(max_size=40))
def test_normalize_is_idempotent_and_case_blind(s):
    n = normalize(s)
    assert normalize(n) == n
    assert normalize(s.upper()) == normalize(s.lower()) or not s.isascii()
    assert n == n.strip() and "  " not in n


def test_normalize_spells_out_county_and_township_abbreviations():
    assert normalize("Loudon Co.") == normalize("Loudon County") == "loudon county"
    assert normalize("Tewksbury Twp.") == normalize("Tewksbury Township")

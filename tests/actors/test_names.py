"""Names over generics (actors/names.py): full names a country settles, claims, ACLED's
country-qualified generic names; on texts written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actors.names import claimed_by, qualified_mentions, with_country
from eventwire.actors.table import bundled_table


@pytest.mark.parametrize(("sentence", "document", "expected"), [
    ("Members of the National Liberation Army blew up a bridge.",
     "Members of the National Liberation Army blew up a bridge. The ELN denied it.",
     "National Liberation Army (Colombia)"),                      # another alias settles it
    ("The National Liberation Army shelled a village near Tetovo.",
     "The National Liberation Army shelled a village near Tetovo, Macedonian police said.",
     "National Liberation Army (North Macedonia)"),               # the country settles it
    ("The National Liberation Army kidnapped two engineers in Arauca, Colombia.", None,
     "National Liberation Army (Colombia)"),                      # the sentence alone
])
def test_a_shared_full_name_is_the_row_the_document_settles(sentence, document, expected):
    (m,) = qualified_mentions(sentence, document, bundled_table())
    assert m.name == expected and m.text == "National Liberation Army"
    assert m.category == "rebel"


@pytest.mark.parametrize(("sentence", "document"), [
    ("The National Liberation Army blew up a bridge.", None),      # nothing settles it
    ("The national liberation army of the story blew up a bridge.", None),   # not a name
    ("Settlers uprooted olive trees near the village.", None),     # a common word, no name
    ("The Platform held a congress in the capital.", "The Platform met in Bamako, Mali."),
])
def test_an_unsettled_or_common_name_names_no_row(sentence, document):
    assert qualified_mentions(sentence, document, bundled_table()) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb hit the bus. Al Shabaab claimed responsibility.", "Al Shabaab"),
    ("A bomb hit the bus. Boko Haram, which claimed the attack, gave no details.",
     "Boko Haram"),
    ("A bomb hit the bus. The attack was carried out by the Taliban, police said.", "Taliban"),
    ("A bomb hit the bus. Al Shabaab claimed the port last year.", None),
    ("A bomb hit the bus. Al Shabaab denied responsibility.", None),
    ("A bomb hit the bus. Police blamed Boko Haram and ISWAP claimed it.", None),   # two
])
def test_claimed_by(text, expected):
    found = claimed_by(text)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Police Forces", "Police Forces of Chad"),
    ("Military Forces", "Military Forces of Chad"),
    ("Government", "Government of Chad"),
    ("Civilians", "Civilians (Chad)"),
    ("Unidentified Armed Group", "Unidentified Armed Group (Chad)"),
    ("Police Forces of Niger", "Police Forces of Niger"),
    ("Boko Haram", "Boko Haram"),
])
def test_with_country(name, expected):
    assert with_country(name, "Chad") == expected
    assert with_country(name, "") == name

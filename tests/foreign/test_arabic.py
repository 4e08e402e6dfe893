"""Arabic letters folded for matching, and a word's readings without its clitics."""

from __future__ import annotations

from eventwire.foreign.arabic import Reading, bare_forms, fold, is_arabic, key


def test_fold_keeps_offsets_and_unifies_letters():
    written = "إدلب أريحا آمرلي الموصلى غزة"
    assert len(fold(written)) == len(written)
    assert fold(written) == "ادلب اريحا امرلي الموصلي غزه"


def test_a_key_drops_marks_and_the_article_of_each_word():
    assert key("الدَّارُ البَيْضَاء") == key("الدار البيضاء") == "دار بيضاء".replace("ء", "ء")
    assert key("غزّة") == key("غزه")
    assert key("Gaza") == "" and not is_arabic("Gaza")


def test_readings_without_clitics_fewest_letters_taken_first():
    assert [(r.key, r.clitic, r.articled) for r in bare_forms("بالخرطوم")] == [
        ("بالخرطوم", 0, False), ("خرطوم", 1, True)]
    assert bare_forms("للخرطوم")[-1] == Reading("خرطوم", 1, True)
    assert Reading("ليبيا", 1, False) in bare_forms("لليبيا")
    assert [r.key for r in bare_forms("ولبنان")] == ["ولبنان", "لبنان", "بنان"]
    assert bare_forms("السودان")[0] == Reading("سودان", 0, True)
    assert bare_forms("في") == ()

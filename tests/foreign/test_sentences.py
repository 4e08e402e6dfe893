"""Sentences of foreign text: punctuation of each script, offsets into the user's text."""

from __future__ import annotations

import pytest

from eventwire.foreign.sentences import split_sentences


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "¿Quién disparó? Nadie lo sabe. «Fue horrible», dijo el Sr. Pérez. Luego huyó.",
     ["¿Quién disparó?", "Nadie lo sabe.", "«Fue horrible», dijo el Sr. Pérez.", "Luego huyó."]),
    ("fr", "Il a crié : « Non ! » Puis M. Martin est parti. Le 3 mai, rien.",
     ["Il a crié : « Non ! »", "Puis M. Martin est parti.", "Le 3 mai, rien."]),
    ("de", "Das Beben der Stärke 6.2 traf am 3. Mai die Stadt. Es gab Tote.",
     ["Das Beben der Stärke 6.2 traf am 3. Mai die Stadt.", "Es gab Tote."]),
    ("ar", "قتل خمسة. وأصيب آخرون؟ بلغت القوة 6.2 درجة",
     ["قتل خمسة.", "وأصيب آخرون؟", "بلغت القوة 6.2 درجة"]),
    ("ja", "地震が発生した。死者は十人。", ["地震が発生した。", "死者は十人。"]),
])
def test_sentences_end_at_the_language_marks(language, text, expected):
    found = split_sentences(text, language)
    assert [s.text for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)


def test_a_paragraph_break_ends_a_sentence_without_a_mark():
    text = "Titular sin punto\n\nel cuerpo empieza aquí."
    assert [s.text for s in split_sentences(text, "es")] == ["Titular sin punto",
                                                             "el cuerpo empieza aquí."]


def test_a_lower_case_word_after_a_period_does_not_start_a_sentence():
    assert len(split_sentences("Llegó a las 3 p.m. y luego se fue.", "es")) == 1


def test_a_sentence_longer_than_any_stage_reads_is_cut_with_offsets_kept():
    from eventwire.nlp import MAX_SENTENCE_CHARS

    text = "Los manifestantes marcharon por la avenida, " * 200 + "dijo la policía."
    out = split_sentences(text, "es")
    assert len(out) > 1 and max(len(s.text) for s in out) <= MAX_SENTENCE_CHARS
    assert all(text[s.start:s.end] == s.text for s in out)

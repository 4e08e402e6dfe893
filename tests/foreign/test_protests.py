"""Peaceful protests read in their language's words at a lower confidence."""

from __future__ import annotations

import pytest

from eventwire.events.model import Judgement
from eventwire.foreign.judge import Verdict
from eventwire.foreign.protests import PROTEST_CONFIDENCE, agreed_protest, protest_words
from eventwire.foreign.reader import MIN_CONFIDENCE, reading

# Sentences written for the project.
PROTESTS = [
    ("es", "Cientos de jubilados se manifestaron ante el Congreso en Asunción."),
    ("es", "Los camioneros bloquearon la autopista en protesta por los peajes."),
    ("fr", "Des centaines d'infirmières ont défilé à Nantes pour leurs salaires."),
    ("fr", "Les étudiants se sont rassemblés devant le rectorat de Dakar."),
    ("pt", "Milhares de estudantes protestaram em Coimbra contra as propinas."),
    ("pt", "Os enfermeiros fizeram uma vigília em frente ao hospital de Braga."),
    ("ar", "تظاهر مئات العمال أمام مقر الحكومة في تونس."),
    ("ar", "نظم الأطباء وقفة احتجاجية أمام المستشفى في وهران."),
    ("ar", "خرج الطلاب في مسيرة سلمية وسط المدينة."),
]
# Look-alikes with no protest word: a motion, a result, a complaint, "expressed concern".
NO_PROTEST_WORD = [
    ("es", "El ministro manifestó su preocupación por la subida de los precios."),
    ("es", "La oposición presentó una moción de censura contra el Gobierno."),
    ("fr", "Les députés ont dénoncé un manque de transparence."),
    ("pt", "O sindicato apresentou uma queixa ao ministério."),
    ("ar", "انتقد النواب الحكومة بسبب ارتفاع الأسعار."),
]


def _verdict(confidence: float, label: str = "PEACE_PROTEST", model: str = "PEACE_PROTEST"):
    return Verdict(Judgement(label, 0.0, 0.0, 0.0, 0.0), confidence, model)


@pytest.mark.parametrize(("language", "text"), PROTESTS)
def test_protest_words(language, text):
    assert protest_words(text, language)
    assert agreed_protest(_verdict(PROTEST_CONFIDENCE), text, language)


@pytest.mark.parametrize(("language", "text"), NO_PROTEST_WORD)
def test_no_protest_word_no_lower_confidence(language, text):
    assert not protest_words(text, language)
    assert reading(_verdict(0.3), text, language) is None


def test_typer_and_model_must_agree_and_the_score_reach_the_floor():
    language, text = PROTESTS[0]
    assert not agreed_protest(_verdict(0.3, model="DIPLO"), text, language)
    assert not agreed_protest(_verdict(0.3, label="ARREST"), text, language)
    assert not agreed_protest(_verdict(PROTEST_CONFIDENCE / 2), text, language)
    read = reading(_verdict(0.2), text, language)
    assert read is not None and read.confidence == MIN_CONFIDENCE

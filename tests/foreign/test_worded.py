"""Peaceful protests and arrests read in their language's words at a lower confidence."""

from __future__ import annotations

import pytest

from eventwire.events.model import Judgement
from eventwire.foreign.judge import Verdict
from eventwire.foreign.reader import MIN_CONFIDENCE, reading
from eventwire.foreign.worded import FLOOR, agreed_in_words, told_in_words

# Sentences written for the project.
TOLD = [
    ("PEACE_PROTEST", "es", "Cientos de jubilados se manifestaron ante el Congreso en Asunción."),
    ("PEACE_PROTEST", "es", "Los camioneros bloquearon la autopista en protesta por los peajes."),
    ("PEACE_PROTEST", "fr", "Des centaines d'infirmières ont défilé à Nantes pour leurs salaires."),
    ("PEACE_PROTEST", "fr", "Les étudiants se sont rassemblés devant le rectorat de Dakar."),
    ("PEACE_PROTEST", "pt", "Milhares de estudantes protestaram em Coimbra contra as propinas."),
    ("PEACE_PROTEST", "pt", "Os enfermeiros fizeram uma vigília em frente ao hospital de Braga."),
    ("PEACE_PROTEST", "de", "Zehntausende gingen am Samstag in Prag gegen die Regierung auf die "
                            "Straße."),
    ("PEACE_PROTEST", "de", "Tausende Bauern sind in Brüssel auf die Straße gegangen."),
    ("ARREST", "de", "Die Polizei nahm in Leipzig zwei Fußballfans in Gewahrsam."),
    ("ARREST", "de", "Die Staatsanwaltschaft ließ am Morgen einen Bürgermeister festnehmen."),
    ("PEACE_PROTEST", "ar", "تظاهر مئات العمال أمام مقر الحكومة في تونس."),
    ("PEACE_PROTEST", "ar", "نظم الأطباء وقفة احتجاجية أمام المستشفى في وهران."),
    ("PEACE_PROTEST", "ar", "خرج الطلاب في مسيرة سلمية وسط المدينة."),
    ("ARREST", "es", "La policía detuvo a dos concejales en Cali."),
    ("ARREST", "es", "Tres sospechosos fueron arrestados en Rosario."),
    ("ARREST", "fr", "Les gendarmes ont interpellé un passeur près de Calais."),
    ("ARREST", "fr", "Un journaliste a été arrêté à Bamako."),
    ("ARREST", "pt", "A polícia prendeu um traficante em Luanda."),
    ("ARREST", "pt", "Dois ativistas foram detidos em Maputo."),
    ("ARREST", "ar", "اعتقلت قوات الأمن ناشطين في الخرطوم."),
    ("ARREST", "ar", "ألقت الشرطة القبض على ثلاثة مهربين في العقبة."),
]
# Look-alikes without the label's words: a motion, a complaint, "expressed concern", a
# minister defending a law, no one detained.
UNTOLD = [
    ("PEACE_PROTEST", "es", "El ministro manifestó su preocupación por la subida de los precios."),
    ("PEACE_PROTEST", "es", "La oposición presentó una moción de censura contra el Gobierno."),
    ("PEACE_PROTEST", "fr", "Les députés ont dénoncé un manque de transparence."),
    ("PEACE_PROTEST", "pt", "O sindicato apresentou uma queixa ao ministério."),
    ("PEACE_PROTEST", "ar", "انتقد النواب الحكومة بسبب ارتفاع الأسعار."),
    ("ARREST", "es", "El ministro defendió la nueva ley de seguridad."),
    ("ARREST", "es", "No hubo detenidos durante la jornada electoral."),
    ("ARREST", "fr", "L'arrêt de la production a coûté cher à l'usine."),
    ("ARREST", "pt", "Os presos políticos recebem visitas aos domingos."),
    ("ARREST", "ar", "ناقش المجلس ظروف المعتقلين في السجون."),
]


def _verdict(confidence: float, label: str, model: str | None = None):
    return Verdict(Judgement(label, 0.0, 0.0, 0.0, 0.0), confidence, model or label)


@pytest.mark.parametrize(("label", "language", "text"), TOLD)
def test_told_in_words(label, language, text):
    assert told_in_words(label, text, language)
    assert agreed_in_words(_verdict(FLOOR[label], label), text, language)


@pytest.mark.parametrize(("label", "language", "text"), UNTOLD)
def test_not_told_in_words_no_lower_confidence(label, language, text):
    assert not told_in_words(label, text, language)
    assert reading(_verdict(0.3, label), text, language) is None


def test_typer_and_model_must_agree_and_the_score_reach_the_floor():
    label, language, text = TOLD[0]
    assert not agreed_in_words(_verdict(0.3, label, "DIPLO"), text, language)
    assert not agreed_in_words(_verdict(0.3, "ARREST"), text, language)
    assert not agreed_in_words(_verdict(FLOOR[label] / 2, label), text, language)
    read = reading(_verdict(0.2, label), text, language)
    assert read is not None and read.confidence == MIN_CONFIDENCE

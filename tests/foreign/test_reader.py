"""The foreign reader with a fake encoder and model, its wiring into the pipeline, and the
real model on a few of the project's own sentences."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import DocumentError
from eventwire.events.encoder import DIMENSIONS
from eventwire.events.model import Judgement
from eventwire.foreign import ForeignReader
from eventwire.foreign.reader import MIN_CONFIDENCE
from eventwire.language import FOREIGN_ENV
from eventwire.pipeline import Pipeline, clean_or_failure
from eventwire.records import Document, Failure, RawDocument, document_id

DATA = Path(__file__).resolve().parents[1] / "data" / "languages_events"


class _Encoder:
    """Dimension 0 says whether the sentence holds the word "ataque"."""

    def __init__(self):
        self.batches: list[list[str]] = []

    def encode(self, texts):
        self.batches.append(list(texts))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        out[:, 0] = ["ataque" in t for t in texts]
        return out


class _Model:
    def judge(self, x):
        return [Judgement("ATTACK", 0.9, 1.0, 0.0, 0.0) if row[0] else
                Judgement("DIPLO", 1e-4, 1.0, 0.0, 0.0) for row in x]


class _Gazetteer:
    countries: dict = {}
    geonameid: tuple = ()

    def lookup(self, text):
        return ()


class _Geoparser:
    gazetteer = _Gazetteer()

    def resolve_spans(self, text, spans, entities=(), **kw):
        return tuple(None for _ in spans)


def _reader(encoder=None, max_sentences=100):
    return ForeignReader(_Model(), encoder or _Encoder(), lambda: _Geoparser(),
                         max_sentences=max_sentences)


def _doc(text, language="es"):
    return Document(document_id(text), text, "mem.txt", published=date(2026, 3, 10),
                    language=language)


TEXT = "El alcalde habló ayer. Un ataque mató a tres personas el sábado. Nadie lo reivindicó."


def test_an_event_sentence_gives_one_event_with_its_evidence():
    doc = _doc(TEXT)
    (event,) = _reader().read(doc)
    start, end = event.evidence.span
    assert doc.text[start:end] == event.evidence.sentence == "Un ataque mató a tres personas " \
                                                             "el sábado."
    assert event.type.label == "ATTACK" and event.confidence >= MIN_CONFIDENCE
    assert event.actor1 is None and event.actor2 is None
    assert event.date.text == "sábado" and event.date.start == date(2026, 3, 7)
    assert event.document == doc.ref and event.civilian_targeting


def test_a_further_event_sentence_needs_its_own_date_or_place():
    retold = "Un ataque mató a tres personas el sábado. El ataque duró una hora."
    assert [e.evidence.sentence for e in _reader().read(_doc(retold))] == [
        "Un ataque mató a tres personas el sábado."]
    dated = retold + " Otro ataque dejó dos heridos el domingo."
    assert [e.date.text for e in _reader().read(_doc(dated))] == ["sábado", "domingo"]


def test_a_sentence_with_no_date_is_dated_from_the_sentences_just_before_it():
    text = "Miles marcharon el domingo por Lima. Luego un ataque mató a un policía."
    (event,) = _reader().read(_doc(text))
    assert event.evidence.sentence.startswith("Luego") and event.date.text == "domingo"
    far = "Miles marcharon el domingo. Hubo discursos. Cantaron. Luego un ataque mató a uno."
    (event,) = _reader().read(_doc(far))
    assert event.date.text == "" and event.date.precision == 3     # too far back: the month


@pytest.mark.parametrize("change", [str.upper, str.lower], ids=["upper", "lower"])
def test_caseless_text_is_read_in_sentence_case_and_reported_in_the_users_words(change):
    """The encoder sees each sentence as ordinary text (its own case changes its vector),
    the splitter finds the sentences of lower-case text, and the evidence is the user's."""
    from eventwire.casing import change_case

    written = _reader().read(_doc(TEXT))
    text = change_case(TEXT, change)
    encoder = _Encoder()
    (event,) = _reader(encoder).read(_doc(text))
    assert encoder.batches == [["El alcalde habló ayer.", "Un ataque mató a tres personas el "
                                "sábado.", "Nadie lo reivindicó."]]
    assert (event.evidence.span, event.type.label, event.date.start) == (
        written[0].evidence.span, "ATTACK", date(2026, 3, 7))
    start, end = event.evidence.span
    assert event.evidence.sentence == text[start:end] and event.date.text == change("sábado")


def test_country_names_in_caseless_lines_are_written_as_names_again():
    from eventwire.casing import sentence_case
    from eventwire.foreign.reader import _countries_named

    user = ("UN ATAQUE EN IRAK MATÓ A TRES PERSONAS EL SÁBADO.\n\n"
            "Cocinaron con chile en Chile el domingo por la tarde.")
    cased = _countries_named(sentence_case(user), user, "es")
    assert len(cased) == len(user)
    assert cased.splitlines()[0] == "Un ataque en Irak mató a tres personas el sábado."
    assert cased.endswith("Cocinaron con chile en Chile el domingo por la tarde.")  # as written
    assert _countries_named(user.lower(), user.lower(), "xx") == user.lower()   # no names


def test_german_nouns_in_caseless_lines_are_capitalised_again():
    from eventwire.casing import sentence_case
    from eventwire.foreign.reader import _nouns_capitalised
    from eventwire.foreign.vocabulary import readable

    if not readable():
        pytest.skip("the encoder is not installed")
    user = "BEWAFFNETE ÜBERFIELEN EIN DORF IN ZENTRALNIGERIA UND ERSCHOSSEN FÜNFZEHN BEWOHNER."
    cased = _nouns_capitalised(sentence_case(user), user, "de")
    assert cased == "Bewaffnete überfielen ein Dorf in Zentralnigeria und erschossen fünfzehn " \
                    "Bewohner."
    assert _nouns_capitalised(user.lower(), user.lower(), "fr") == user.lower()   # not German
    written = "Die Polizei nahm in Köln drei Männer fest."
    assert _nouns_capitalised(written, written, "de") == written                 # has case


def test_every_sentence_is_judged_in_one_batch():
    encoder = _Encoder()
    _reader(encoder).read(_doc(TEXT))
    assert len(encoder.batches) == 1 and len(encoder.batches[0]) == 3


def test_no_event_when_nothing_is_sure_enough():
    assert _reader().read(_doc("El alcalde habló ayer. Nadie protestó.")) == ()
    assert _reader().read(_doc(TEXT), min_confidence=1.0) == ()


def test_a_document_over_the_sentence_cap_fails():
    with pytest.raises(DocumentError, match="more than the 2"):
        _reader(max_sentences=2).read(_doc(TEXT))


def test_the_pipeline_routes_a_foreign_document_to_the_foreign_reader():
    class _NoEnglish:
        def is_candidate(self, text):
            raise AssertionError("a foreign document reached the English detector")

    pipeline = Pipeline(detector=_NoEnglish(), foreign=_reader())
    (result,) = pipeline.process([_doc(TEXT)])
    assert [e.type.label for e in result.events] == ["ATTACK"]


def test_the_language_stage_reads_the_languages_turned_on(monkeypatch):
    text = json.loads((DATA / "es.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    raw = RawDocument("es.txt", text + "\n\n" + text, "text")
    monkeypatch.setenv(FOREIGN_ENV, "es")
    assert clean_or_failure(raw, None).language == "es"
    monkeypatch.setenv(FOREIGN_ENV, "none")
    failure = clean_or_failure(raw, None)
    assert isinstance(failure, Failure) and failure.stage == "language"
    assert "reads English;" in failure.message and f"{FOREIGN_ENV}=es" in failure.message


def test_the_real_model_meets_the_precision_goal_on_french_dev_items():
    """Precision first: on the French dev items (the split the threshold was chosen on),
    the documents read as events are mostly real ones, and half the real ones are found."""
    from eventwire.events.encoder import load_encoder
    from eventwire.events.model import load_model
    from eventwire.places import Geoparser, load_gazetteer

    geoparser = Geoparser(load_gazetteer())
    reader = ForeignReader(load_model(), load_encoder(), lambda: geoparser, max_sentences=100)
    rows = [json.loads(line) for line in (DATA / "fr.jsonl").read_text("utf-8").splitlines()]
    read = [(r["label"] is not None, bool(reader.read(_doc(r["text"], "fr"))))
            for r in rows if r["split"] == "dev"]
    found = sum(p for _, p in read)
    right = sum(g and p for g, p in read)
    assert found and right / found >= 0.75
    assert right / sum(g for g, _ in read) >= 0.5


def test_a_sentence_the_model_reads_as_talk_is_not_read_whatever_the_typer_says():
    from eventwire.foreign.judge import Verdict
    from eventwire.foreign.reader import is_event

    said = Verdict(Judgement("ATTACK", 0.9, 1.0, 0.0, 0.0), 0.9, model_label="DIPLO")
    done = Verdict(Judgement("ATTACK", 0.9, 1.0, 0.0, 0.0), 0.9, model_label="ARMED_CLASH")
    talk = Verdict(Judgement("DIPLO", 0.9, 1.0, 0.0, 0.0), 0.9, model_label="ATTACK")
    assert [is_event(v) for v in (said, done, talk)] == [False, True, False]


def test_a_diplomatic_act_is_read_when_the_typer_and_the_model_both_say_so():
    from eventwire.foreign.judge import Verdict
    from eventwire.foreign.reader import is_event

    both = Verdict(Judgement("DIPLO", 0.9, 1.0, 0.0, 0.0), 0.9, model_label="DIPLO")
    unsure = Verdict(Judgement("DIPLO", 0.5, 1.0, 0.0, 0.0), 0.5, model_label="DIPLO")
    untyped = Verdict(Judgement("DIPLO", 0.9, 1.0, 0.0, 0.0), 0.9)
    typed_other = Verdict(Judgement("AGREEMENT", 0.9, 1.0, 0.0, 0.0), 0.9, model_label="DIPLO")
    assert [is_event(v) for v in (both, unsure, untyped, typed_other)] == [
        True, False, True, False]


# The project's own sentences: diplomatic acts (expelled, summoned, recalled, ties cut, met,
# received) and look-alikes (an ambassador at a show, a minister's statement, a team beating
# its "counterpart", companies signing, a domestic meeting, a parliament debate).
DIPLOMATIC = [
    ("ar", "طردت الحكومة العراقية السفير التركي من بغداد يوم الثلاثاء احتجاجا على القصف."),
    ("ar", "اجتمع وزراء خارجية الدول العربية في القاهرة يوم الأحد لبحث الأزمة في السودان."),
    ("ar", "استدعت وزارة الخارجية المصرية السفير الإسرائيلي في القاهرة يوم الاثنين."),
    ("ar", "قطعت المغرب علاقاتها الدبلوماسية مع إيران يوم الثلاثاء."),
    ("ar", "استقبل الرئيس الجزائري وزير الخارجية الفرنسي في قصر المرادية يوم الخميس."),
    ("ar", "التقى وزير الخارجية الأردني نظيره السوري في عمان أمس لبحث عودة اللاجئين."),
    ("es", "Marruecos expulsó al embajador argelino el martes tras un incidente en la frontera."),
    ("fr", "Le ministre des Affaires étrangères a convoqué l'ambassadeur russe mercredi."),
    ("pt", "O Brasil chamou de volta o seu embaixador em Israel na segunda-feira."),
]
NOT_DIPLOMATIC = [
    ("ar", "قال وزير الخارجية إن العلاقات مع فرنسا ممتازة."),
    ("ar", "أجرى السفير الأمريكي مقابلة مع صحيفة محلية تحدث فيها عن الثقافة."),
    ("ar", "فاز المنتخب المغربي على نظيره الجزائري بهدفين دون رد."),
    ("ar", "وقعت الشركتان اتفاقية تعاون في مجال الطاقة المتجددة."),
    ("ar", "ناقش البرلمان مشروع قانون الميزانية الجديدة يوم الثلاثاء."),
    ("ar", "عقد وزير التربية اجتماعا مع مديري المدارس لبحث الامتحانات."),
    ("ar", "افتتح السفير الياباني معرضا للفنون التقليدية في دار الأوبرا."),
    ("es", "El embajador inauguró una exposición de pintura en el centro cultural."),
    ("es", "La selección española derrotó a su homóloga italiana en la final."),
    ("fr", "L'ambassadeur a assisté à un concert de jazz organisé par l'ambassade."),
    ("pt", "O embaixador participou de um festival gastronômico em São Paulo."),
]


def test_the_real_model_reads_diplomatic_acts_in_other_languages():
    from eventwire.events.encoder import load_encoder
    from eventwire.events.model import load_model

    reader = ForeignReader(load_model(), load_encoder(), lambda: _Geoparser(),
                           max_sentences=100)
    read = {text: [e.type.label for e in reader.read(_doc(text, lang))]
            for lang, text in DIPLOMATIC + NOT_DIPLOMATIC}
    assert [read[t] for _, t in DIPLOMATIC] == [["DIPLO"]] * len(DIPLOMATIC)
    assert [read[t] for _, t in NOT_DIPLOMATIC] == [[]] * len(NOT_DIPLOMATIC)


def test_an_unreal_sentence_is_no_event_and_a_real_part_is_judged_again():
    """The fake model reads "ataque"; a sentence with a future is judged on its other
    clauses: nothing is left of a visit to come, the attack beside a vow is read (the vow's
    clause of saying goes with what it vows)."""
    encoder = _Encoder()
    reader = _reader(encoder)
    unreal = "El ministro visitará el lugar del ataque la próxima semana."
    assert reader.read(_doc(unreal, "es")) == ()
    mixed = ("Un ataque dejó tres muertos en el mercado de Tumaco, y el alcalde prometió que "
             "reforzará la seguridad.")
    events = reader.read(_doc(mixed, "es"))
    assert [e.evidence.sentence for e in events] == [mixed]
    assert encoder.batches[-1] == ["Un ataque dejó tres muertos en el mercado de Tumaco"]


def test_an_event_is_not_placed_in_its_unreal_clause():
    from eventwire.foreign.places import event_location
    from eventwire.foreign.reader import _real_places
    from eventwire.records import Place, Sentence

    text = ("El presidente recibió el lunes en Quito a su homólogo peruano, que visitará "
            "Bogotá en mayo.")
    sentence = Sentence(text, 0, len(text))

    def town(name):
        at = text.index(name)
        return Place(name, name, (at, at + len(name)), "X", "XX", geo_precision=1,
                     feature="PPL")

    places = [town("Quito"), town("Bogotá")]
    assert [p.name for p in _real_places(places, sentence, "es")] == ["Quito"]
    late = [town("Bogotá")]
    assert event_location(_real_places(late, sentence, "es"), sentence) is None


class _SaidEncoder(_Encoder):
    """Dimension 1 says whether the sentence holds "informó" (an attribution)."""

    def encode(self, texts):
        out = super().encode(texts)
        out[:, 1] = ["informó" in t for t in texts]
        return out


class _TalkModel:
    """Reads a sentence with an attribution as talk (OTHER), surely."""

    def judge(self, x):
        return [Judgement("OTHER", 0.9, 1.0, 0.0, 0.0) if row[1] else
                Judgement("ATTACK", 0.9, 1.0, 0.0, 0.0) if row[0] else
                Judgement("DIPLO", 1e-4, 1.0, 0.0, 0.0) for row in x]


def test_a_sentence_read_as_talk_is_read_by_its_first_clause():
    reader = ForeignReader(_TalkModel(), _SaidEncoder(), lambda: _Geoparser(),
                           max_sentences=100)
    text = "Un ataque mató a tres personas en Tumaco, según informó la diócesis."
    (event,) = reader.read(_doc(text))
    assert event.type.label == "ATTACK" and event.evidence.sentence == text
    # a sentence of talk alone, or whose first clause is no event, stays unread
    assert reader.read(_doc("El alcalde informó de los hechos a la prensa.")) == ()
    assert reader.read(_doc("El alcalde habló con los vecinos, según informó la radio.")) == ()
    # the shortest opening that tells the event: the attack's clause after its subject's
    text = "Los vecinos del barrio y un ataque armado mataron a dos, informó la radio."
    (event,) = reader.read(_doc(text))
    assert event.type.label == "ATTACK"


def test_a_caseless_document_gets_the_town_named_after_a_word_of_place():
    from eventwire.events.encoder import load_encoder
    from eventwire.events.model import load_model
    from eventwire.foreign.typer import load_typer
    from eventwire.places import Geoparser, load_gazetteer

    geoparser = Geoparser(load_gazetteer())
    reader = ForeignReader(load_model(), load_encoder(), lambda: geoparser,
                           max_sentences=100, typer=load_typer())
    text = "Des hommes armés ont tué six villageois près de Djibo, dans le nord du pays."
    for changed in (text.upper(), text.lower()):
        events = reader.read(_doc(changed, "fr"))
        assert [(e.type.label, e.location.name) for e in events] == [("ATTACK", "Djibo")]
        assert events[0].location.text == changed[changed.lower().index("djibo"):][:5]

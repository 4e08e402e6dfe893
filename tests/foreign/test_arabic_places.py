"""Towns written in Arabic script, found by GeoNames' Arabic names (sentences written for
the project)."""

from __future__ import annotations

import pytest

from eventwire.foreign.arabic import key
from eventwire.foreign.places import ForeignPlaces, event_location
from eventwire.foreign.sentences import split_sentences
from eventwire.places import Geoparser, load_gazetteer
from eventwire.records import Document


@pytest.fixture(scope="module")
def places():
    return ForeignPlaces(Geoparser(load_gazetteer()))


def _found(places, text):
    doc = Document("d", text, "s", language="ar")
    return places.places(doc, split_sentences(text, "ar"))


@pytest.mark.parametrize(("text", "named"), [
    # the article, hamza, ta marbuta, a preposition written on the name
    ("قصفت طائرات حربية أحياء في إدلب صباح اليوم.", [("إدلب", "Idlib", "SY")]),
    ("انفجرت سيارة مفخخة في سوق شعبي بالموصل.", [("الموصل", "Mosul", "IQ")]),
    ("خرج المئات إلى الشوارع في غزة احتجاجا على انقطاع الكهرباء.", [("غزة", "Gaza", "PS")]),
    ("اندلعت اشتباكات عنيفة في دير الزور ليلة أمس.", [("دير الزور", "Deir ez-Zor", "SY")]),
    ("أوقفت الشرطة ثلاثة مشتبه بهم في الدار البيضاء ووجدة.",
     [("الدار البيضاء", "Casablanca", "MA"), ("وجدة", "Oujda", "MA")]),
    ("فرقت الشرطة مظاهرة في الجزائر العاصمة.", [("الجزائر العاصمة", "Algiers", "DZ")]),
    # a small town after a noun of place
    ("سقطت قذائف على بلدة كفرنبل في ريف إدلب.", [("كفرنبل", "Kafranbel", "SY"),
                                                  ("إدلب", "Idlib", "SY")]),
])
def test_towns_named_in_arabic_are_placed(places, text, named):
    assert [(p.text, p.name, p.iso2) for p in _found(places, text)] == named


@pytest.mark.parametrize(("text", "named", "feature"), [
    ("داهمت قوات الأمن منازل في محافظة سوهاج.", "محافظة سوهاج", "ADM1"),
    ("هاجم مسلحون نقطة تفتيش في شمال سيناء فجر اليوم.", "شمال سيناء", "ADM1"),
    ("قتل مزارعان في قرية بمحافظة درعا.", "محافظة درعا", "ADM1"),
    ("أصيب ثلاثة أشخاص وفي حمص قتل شخصان.", "حمص", "PPL"),
])
def test_regions_and_words_of_place_written_with_a_clitic(places, text, named, feature):
    found = _found(places, text)
    assert [(p.text, p.feature) for p in found] == [(named, feature)]


def test_namesakes_are_told_apart_by_the_country_the_document_names(places):
    found = _found(places, "قتل خمسة أشخاص في انفجار بطرابلس شمال لبنان.")
    assert [(p.text, p.iso2) for p in found] == [("طرابلس", "LB"), ("لبنان", "LB")]
    found = _found(places, "قتل خمسة أشخاص في انفجار بطرابلس في ليبيا.")
    assert found[0].iso2 == "LY" and found[0].geo_precision == 1


def test_a_country_name_is_the_country_not_its_capital(places):
    found = _found(places, "أعلنت الجزائر الحداد ثلاثة أيام.")
    assert [(p.text, p.iso2, p.geo_precision) for p in found] == [("الجزائر", "DZ", 3)]


@pytest.mark.parametrize("text", [
    # words that are also names of villages or of a town with namesakes abroad
    "أعلنت الحكومة حالة الطوارئ في الغرب والشرق.",
    "نشرت الوكالة صور الهجوم على موقعها.",
    "قال الشيخ إن المدينة تعيش أوضاعا صعبة.",
    "التقى محمد وعلي وحسن في المنزل مساء الأحد.",
    "ارتفعت أسعار الخبز والسكر والزيت هذا الأسبوع.",
])
def test_common_words_are_no_towns(places, text):
    assert _found(places, text) == ()


def test_an_event_in_an_arabic_sentence_gets_its_town(places):
    text = "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في الخرطوم. وأصيب العشرات."
    found = _found(places, text)
    sentences = split_sentences(text, "ar")
    assert event_location(found, sentences[0]).name == "Khartoum"
    assert event_location(found, sentences[1]).name == "Khartoum"


def test_the_arabic_names_are_read_once_into_the_cache(tmp_path, monkeypatch):
    from eventwire.foreign import arabic_places

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    arabic_places.arabic_names.cache_clear()
    try:
        built = arabic_places.arabic_names()
        assert [p.name for p in tmp_path.glob("arabic-names-*.pickle")]
        arabic_places.arabic_names.cache_clear()
        assert arabic_places.arabic_names() == built
        assert built[key("الخرطوم")]
    finally:
        arabic_places.arabic_names.cache_clear()

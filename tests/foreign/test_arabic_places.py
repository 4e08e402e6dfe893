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


def test_a_described_region_is_read_in_a_document_naming_its_country(places):
    found = _found(places, "أغلقت السعودية الطرق في المنطقة الشرقية بسبب الأمطار.")
    assert [(p.iso2, p.feature) for p in found] == [("SA", "PCLI"), ("SA", "ADM1")]


def test_namesakes_are_told_apart_by_the_country_the_document_names(places):
    found = _found(places, "قتل خمسة أشخاص في انفجار بطرابلس شمال لبنان.")
    assert [(p.text, p.iso2) for p in found] == [("طرابلس", "LB"), ("لبنان", "LB")]
    found = _found(places, "قتل خمسة أشخاص في انفجار بطرابلس في ليبيا.")
    assert found[0].iso2 == "LY" and found[0].geo_precision == 1


def test_a_country_name_is_the_country_not_its_capital(places):
    found = _found(places, "أعلنت الجزائر الحداد ثلاثة أيام.")
    assert [(p.text, p.iso2, p.geo_precision) for p in found] == [("الجزائر", "DZ", 3)]


def test_a_country_and_town_name_is_the_town_beside_the_towns_country(places):
    found = _found(places, "أصيب شرطيان في مواجهات في عمان عاصمة الأردن.")
    assert [(p.text, p.name, p.iso2) for p in found] == [("عمان", "Amman", "JO"),
                                                         ("الأردن", "Jordan", "JO")]
    found = _found(places, "أعلنت عمان إغلاق سفارتها.")
    assert [(p.name, p.geo_precision) for p in found] == [("Oman", 3)]


def test_countries_with_their_short_names_and_clitics(places):
    text = "أرسلت مصر مساعدات إلى سوريا ولليبيا وبالسودان."
    found = _found(places, text)
    assert [p.iso2 for p in found] == ["EG", "SY", "LY", "SD"]
    assert all(text[p.span[0]:p.span[1]] == p.text for p in found)


def test_a_country_name_written_with_an_article_it_has_not_is_a_word(places):
    assert _found(places, "تحسن الوضع المالي للشركة هذا العام.") == ()


@pytest.mark.parametrize("text", [
    # words that are also names of villages or of a town with namesakes abroad
    "أعلنت الحكومة حالة الطوارئ في الغرب والشرق.",
    "نشرت الوكالة صور الهجوم على موقعها.",
    "قال الشيخ إن المدينة تعيش أوضاعا صعبة.",
    "التقى محمد وعلي وحسن في المنزل مساء الأحد.",
    "ارتفعت أسعار الخبز والسكر والزيت هذا الأسبوع.",
    "جرفت السيول عشرات المنازل والسيارات.",
    # a region's name that describes a part of any country
    "تسللت مجموعة مسلحة عبر الحدود الشمالية ليلة أمس.",
    "انتشرت وحدات الجيش في المنطقة الشرقية من البلاد.",
])
def test_common_words_are_no_towns(places, text):
    assert _found(places, text) == ()


def test_an_event_in_an_arabic_sentence_gets_its_town(places):
    text = "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في الخرطوم. وأصيب العشرات."
    found = _found(places, text)
    sentences = split_sentences(text, "ar")
    assert event_location(found, sentences[0]).name == "Khartoum"
    assert event_location(found, sentences[1]).name == "Khartoum"


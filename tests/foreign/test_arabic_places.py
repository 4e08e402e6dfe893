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



# Place names that are common words (foreign/arabic_homographs.py), in sentences written for
# the project: the word, with no evidence of a place around it.
COMMON_WORDS = [
    "قال الموظف إن راتبه لا يكفي وإن مالي قليل هذا الشهر.",
    "ناقش البرلمان تقديم دعم مالي للمزارعين المتضررين.",
    "ارتفعت الأسهم في البورصة بنسبة ثلاثة في المئة.",
    "تجمع المحتجون في الميدان الرئيسي وسط العاصمة.",
    "أصيب الرجل في العين بشظية.",
    "وصف الوزير المشهد بأنه مأساوي.",
    "شرب الجندي كوبا من الماء قبل أن يغادر.",
    "اشترت الأسرة منزلا في الحي الجديد.",
    "أكد البيان أن العمل مستمر في جميع الميادين.",
    "قدم المحامي حجة قوية أمام المحكمة.",
    "سافر مع جدة العائلة إلى القرية.",
    "وقع الحادث في سنة ألفين وعشرين.",
    "غادر الصيادون بأمان قبل العاصفة.",
    "أعلنت قناة الجزيرة عن برنامج جديد.",
    "نشرت الصحيفة الخبر على صفحتها الأولى.",
    "قال إن الهجوم تدمر الثقة بين الطرفين.",
]


@pytest.mark.parametrize("text", COMMON_WORDS)
def test_a_place_name_that_is_a_common_word_needs_evidence(places, text):
    assert _found(places, text) == ()


@pytest.mark.parametrize(("text", "named"), [
    # a preposition of place or a state's noun before a country
    ("شنت طائرات غارات على مواقع للمسلحين في شمال مالي.", [("مالي", "ML")]),
    ("أعلنت حكومة مالي حالة الطوارئ.", [("مالي", "ML")]),
    ("وصل وفد من النيجر ومالي إلى الجزائر.", [("النيجر", "NE"), ("مالي", "ML"),
                                            ("الجزائر", "DZ")]),
    # a noun of place before a town
    ("اندلعت احتجاجات في مدينة مشهد.", [("مشهد", "IR")]),
    # a preposition, in a document whose other places are in the town's country
    ("تظاهر الآلاف في الخبر شرق السعودية.", [("الخبر", "SA"), ("السعودية", "SA")]),
    ("قتل شخصان في انفجار في بورصة غرب تركيا.", [("بورصة", "TR"), ("تركيا", "TR")]),
    ("قصفت الطائرات مواقع في تدمر وسط سوريا.", [("تدمر", "SY"), ("سوريا", "SY")]),
])
def test_a_place_name_that_is_a_common_word_with_evidence(places, text, named):
    assert [(p.text, p.iso2) for p in _found(places, text)] == named


def test_a_country_named_by_a_common_word_gets_its_towns_read_with_it(places):
    found = _found(places, "قتل جنديان في كمين قرب تمبكتو في مالي.")
    assert [(p.text, p.iso2) for p in found] == [("تمبكتو", "ML"), ("مالي", "ML")]


def test_a_big_town_with_small_namesakes_abroad_is_read_after_a_preposition(places):
    found = _found(places, "تظاهر المئات في القاهرة والإسكندرية.")
    assert [(p.name, p.iso2) for p in found] == [("Cairo", "EG"), ("Alexandria", "EG")]
    found = _found(places, "توجه الرئيس إلى مكة لأداء العمرة.")
    assert [(p.name, p.iso2) for p in found] == [("Makkah", "SA")]


def test_the_adjective_of_a_people_names_its_country_for_namesakes(places):
    found = _found(places, "استقبل العاهل الأردني في عمان وفدا برلمانيا.")
    assert [(p.text, p.name, p.iso2) for p in found] == [("عمان", "Amman", "JO")]
    found = _found(places, "قصفت المدفعية السورية مواقع قرب الرقة.")
    assert [(p.text, p.iso2) for p in found] == [("الرقة", "SY")]


# A name written as a feminine adjective with the article after a feminine noun with the
# article is the noun's adjective (sentences written for the project): force majeure, the
# white car, the green zone, the new plan, the blue sky.
ADJECTIVES = [
    "أعلنت الشركة حالة القوة القاهرة بعد توقف الإنتاج في الحقل.",
    "تسببت القوة القاهرة في تأخير تسليم الشحنات.",
    "اشترت العائلة السيارة البيضاء من المعرض.",
    "وقع انفجار في المنطقة الخضراء ليلة أمس.",
    "أعلنت الوزارة عن الخطة الجديدة لتطوير التعليم.",
    "تغطي الغيوم السماء الزرقاء منذ الصباح.",
]


@pytest.mark.parametrize("text", ADJECTIVES)
def test_a_name_agreeing_with_the_noun_before_it_is_its_adjective(places, text):
    assert _found(places, text) == ()


@pytest.mark.parametrize(("text", "named"), [
    # after a noun of place or a masculine noun, after a preposition
    ("استقبلت العاصمة القاهرة وفودا من عشرين دولة.", [("القاهرة", "EG")]),
    ("وصل الوفد القاهرة مساء الأحد.", [("القاهرة", "EG")]),
    ("أعلنت الشركة المصرية القابضة عن أرباح في القاهرة.", [("القاهرة", "EG")]),
    ("قتل ثلاثة أشخاص في الزرقاء ليلة السبت.", [("الزرقاء", "JO")]),
])
def test_a_name_that_agrees_with_nothing_before_it_stays_a_place(places, text, named):
    assert [(p.text, p.iso2) for p in _found(places, text)] == named


def test_a_country_that_is_a_common_word_needs_a_sign_where_its_towns_are_named(places):
    found = _found(places, "هاجم مسلحون قاعدة في غاو. وتعاني الحكومة من عجز مالي كبير.")
    assert [(p.text, p.iso2) for p in found] == [("غاو", "ML")]
    found = _found(places, "قتل جنود قرب غاو. وأرسلت حكومة مالي تعزيزات.")
    assert [(p.text, p.iso2) for p in found] == [("غاو", "ML"), ("مالي", "ML")]

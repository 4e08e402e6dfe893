"""Arabic place names that are also common words of news text: the one home of the list.

A one-word name in Arabic script is often a word as well: "مالي" is Mali and "financial"
("دعم مالي") or "my money", "ميدان" is Medan and "a square" ("ميدان التحرير"), "الجزيرة" is
a name of Algiers and "the island", "أمان" is a name of Amman and "safety", "سنة" is Sanandaj
and "a year", "الخبر" is Khobar and "the news". :mod:`.arabic_places` reads such a name as a
place only with evidence of a place around it (a noun of place or a state's noun before it, a
preposition of place where the document names the place's country otherwise, a place it is
listed with), never on a preposition alone ("في الميدان", "في البورصة", "في سنة") nor for
being a big city.

Made by hand (nothing here was read from evaluation data): the names of towns of 100,000
people or more and of countries in GeoNames' and the CLDR's Arabic tables that are nouns,
adjectives, verbs or numbers of everyday news (a name whose place sense is far the commoner,
"حلب", "حمص", "الموصل", "مصر", "قطر", "اليمن", is left out), and common words that are names
of smaller towns the same tables hold. Keys as :func:`.arabic.key` writes them: letters folded
(ة as ه, أ as ا), no article.
"""

from __future__ import annotations

from .arabic import key

# Words written as in news, keyed below (one key may stand for several words).
_WORDS = (
    # countries: financial / my money, a cup, sons, butane
    "مالي", "كوبا", "بنين", "بوتان",
    # nouns of places and things
    "ميدان", "ميادين", "مدينة", "بلد", "دولة", "باب", "برج", "قصر", "مسجد", "مدرسة", "جامعة",
    "وادي", "ساحل", "رأس", "جزيرة", "شاطئ", "مرفأ", "معسكر", "نادي", "فندق", "بنك", "بورصة",
    "عين", "جوف", "زاوية", "عقبة", "مرج", "رياض", "روم", "غاز", "كوبة", "فأس", "مدية",
    # abstract nouns and news words
    "خبر", "أمن", "أمان", "مشهد", "ثورة", "حرية", "كرامة", "شهداء", "شهيد", "علم", "فن", "نور",
    "أمل", "موت", "ليل", "سنة", "حجة", "مأرب", "هوية", "لوم", "إعزاز", "كوتا", "بيرة",
    # people and kin
    "أم", "أب", "أبا", "بنت", "جدة", "بشري", "غازي", "ناصر", "عزيز", "جميل", "رشيد", "صوفية",
    # adjectives, colours, numbers, adverbs
    "جديد", "جديدة", "حديثة", "قصير", "عالية", "حاضر", "قائم", "كاف", "بحري", "قيصرية",
    "مدان", "أبيض", "بيضاء", "خضراء", "حمراء", "خمس", "آنفا",
    # verbs and particles
    "تدمر", "وين", "سان", "زان",
)


def homographs() -> frozenset[str]:
    """The keys of the place names that are also common words."""
    return frozenset(key(w) for w in _WORDS)

"""Arabic letters as news writes them, folded for matching.

The same name is written several ways: with or without hamza on its alef (أ إ آ ٱ ا), with a
final ta marbuta or ha (ة ه), a final alef maqsura or ya (ى ي), Persian and Urdu letters in
names GeoNames collected from other Wikipedias (ی ک), short vowels and tatweel or not. A word
also carries its clitics: the article ال, a preposition or conjunction before it (ب ل ك و ف,
"بالخرطوم" is "in Khartoum"). :func:`fold` maps one letter to one letter (offsets into the
text stay valid); :func:`key` drops the marks and the article of each word; :func:`bare_forms`
are a written word's readings with its clitics taken off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One letter for each letter: hamza'd alefs to alef, ta marbuta to ha, alef maqsura to ya,
# hamza on ya or waw to the bare letter, Persian/Urdu ya and kaf to the Arabic ones.
_FOLD = str.maketrans("أإآٱىةئؤیکيہ", "اااايهيويكيه")
# Short vowels, shadda, sukun, superscript alef, tatweel: left out of a key.
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
ARTICLE = "ال"
# Clitics written before a word, longest first: conjunction and preposition ("وب", "فل"),
# then one letter. "لل" is ل before the article with its alef dropped ("للخرطوم").
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك", "و", "ف")
# Letters a word keeps at least once its clitics are off (no bare one- or two-letter stems).
MIN_STEM = 3
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u064b-\u0652\u0640]+")


def fold(text: str) -> str:
    """``text`` with each letter folded (same length: offsets stay valid)."""
    return text.translate(_FOLD)


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds Arabic letters."""
    return bool(_WORD.search(text))


def words(text: str) -> list[tuple[int, int]]:
    """Spans of the Arabic words of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


def _no_article(word: str) -> str:
    if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= MIN_STEM - 1:
        return word[len(ARTICLE):]
    return word


def key(name: str) -> str:
    """The lookup key of a name: folded, marks dropped, each word without its article;
    "" when it holds no Arabic word."""
    folded = _MARKS.sub("", fold(name))
    return " ".join(_no_article(folded[a:b]) for a, b in words(folded))


@dataclass(frozen=True, slots=True)
class Reading:
    """A written word read as a name: its key, the letters of clitic before the name, and
    whether the name carried the article ("بالخرطوم": "خرطوم", 1, True)."""

    key: str
    clitic: int
    articled: bool


def bare_forms(word: str) -> tuple[Reading, ...]:
    """The readings of a written word: itself first, then with one proclitic taken off, the
    fewest letters first ("ولبنان" is "لبنان" before it is "بنان"; "للخرطوم" is "خرطوم" with
    the article, its alef dropped after ل; "لليبيا" is "ليبيا")."""
    folded = _MARKS.sub("", fold(word))
    k = key(word)
    out = [Reading(k, 0, folded.startswith(ARTICLE))] if len(k) >= MIN_STEM else []
    stripped = []
    for clitic in PROCLITICS:
        if not folded.startswith(clitic) or len(folded) - len(clitic) < MIN_STEM:
            continue
        rest = folded[len(clitic):]
        if rest.startswith(ARTICLE):
            stripped.append(Reading(rest[len(ARTICLE):], len(clitic), True))
        else:
            stripped.append(Reading(rest, len(clitic), False))
            if clitic.endswith("ل") and rest.startswith("ل"):     # ل + (ا)ل: "للخرطوم"
                stripped.append(Reading(rest[1:], len(clitic), True))
    stripped = [r for r in stripped if len(r.key) >= MIN_STEM and r.key != k]
    stripped.sort(key=lambda r: len(r.key), reverse=True)
    return tuple(out + list(dict.fromkeys(stripped)))

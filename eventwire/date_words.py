"""Dates as the date shapes read them: ASCII digits for Arabic-Indic and Persian ones, and the
month names dateparser knows for the Syriac ones of Levantine and Iraqi Arabic ("آذار" as
"مارس"). Publication dates (:mod:`eventwire.published`) and the Arabic reader's event dates
(:mod:`eventwire.foreign.dates`) both read through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["date_words", "date_words_mapped"]

# Arabic-Indic and Persian digits, which Arabic pages write dates in ("١٢ مارس ٢٠٢٢").
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                        "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
                        "0123456789" * 2)
# The Syriac month names of Levantine and Iraqi Arabic, which dateparser does not know, as the
# names it knows (Egyptian and Gulf usage); "آذار/مارس", both names, is one month.
_LEVANT_MONTHS = {
    "كانون الثاني": "يناير", "شباط": "فبراير", "آذار": "مارس", "اذار": "مارس",
    "نيسان": "أبريل", "أيار": "مايو", "ايار": "مايو", "حزيران": "يونيو", "تموز": "يوليو",
    "آب": "أغسطس", "أيلول": "سبتمبر", "ايلول": "سبتمبر", "تشرين الأول": "أكتوبر",
    "تشرين الاول": "أكتوبر", "تشرين الثاني": "نوفمبر", "كانون الأول": "ديسمبر",
    "كانون الاول": "ديسمبر"}
_ARABIC = re.compile("[\u0600-\u06ff]")
_LEVANT = re.compile(r"(?<!\w)(" + "|".join(sorted(_LEVANT_MONTHS, key=len, reverse=True))
                     + r")(?:\s*/\s*[^\W\d_]+)?(?!\w)")


def date_words(text: str) -> str:
    """``text`` with its dates in the forms the date shapes read: ASCII digits, and the
    month names dateparser knows for Levantine ones. Not offset-preserving (see
    :func:`date_words_mapped`)."""
    text = text.translate(_DIGITS)
    return _LEVANT.sub(lambda m: _LEVANT_MONTHS[m[1]], text) if _ARABIC.search(text) else text


def date_words_mapped(text: str) -> tuple[str, Callable[[int], int]]:
    """:func:`date_words` of ``text``, and a function from an offset in it to the offset in
    ``text`` (an offset inside a rewritten month name goes to that name's end), so that what
    is found in the one is shown in the other."""
    text_ascii = text.translate(_DIGITS)        # one character for one
    edits: list[tuple[int, int, int, int]] = []     # (new start, new end, old start, old end)
    parts: list[str] = []
    last = shift = 0
    for m in _LEVANT.finditer(text_ascii) if _ARABIC.search(text_ascii) else ():
        name = _LEVANT_MONTHS[m[1]]
        parts += [text_ascii[last:m.start()], name]
        edits.append((m.start() + shift, m.start() + shift + len(name), m.start(), m.end()))
        shift += len(name) - (m.end() - m.start())
        last = m.end()
    new = "".join(parts) + text_ascii[last:]

    def original(offset: int) -> int:
        moved = 0
        for new_start, new_end, old_start, old_end in edits:
            if offset < new_start:
                break
            if offset <= new_end:
                return old_start if offset == new_start else old_end
            moved = old_end - new_end
        return offset + moved
    return new, original

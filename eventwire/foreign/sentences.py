"""Sentences of a text in another language, as spans of the user's text.

``eventwire.nlp.split_sentences`` is built for English: it wants a capital right after a full
stop, so it runs together "... sabe. «Fue ..." and "... ! » Puis ...", and it knows neither
the Arabic question mark nor the CJK full stop. This splitter ends a sentence at a paragraph
break, or at an end mark (with any closing quotes) followed by space and an upper-case letter,
a digit or an opening mark (¿ ¡ « “ "), unless the period closes an abbreviation (the English
list of :func:`eventwire.nlp.ends_abbreviation`: "Sr.", "M.", initials). In scripts without
case (Arabic, Chinese, Japanese, Korean, Thai) any end mark ends a sentence.
"""

from __future__ import annotations

import re

from ..nlp import ends_abbreviation, sentences_at
from ..records import Sentence

# Languages whose script has no upper case: an end mark alone ends a sentence.
CASELESS = frozenset({"ar", "zh", "ja", "ko", "th"})
_PARAGRAPH = re.compile(r"\n\s*\n|\r?\n")
_CLOSERS = "\"'»”’)]」』"
_OPENERS = "¿¡«“\"'(["
# A Latin end mark and its closing quotes, then the space before the next sentence.
_END = re.compile(rf"[.!?…]+(?:\s?[{re.escape(_CLOSERS)}])*(?=\s)")
# Languages that write ordinals with a period ("am 3. Mai"): a period after one or two digits
# does not end a sentence.
ORDINAL_PERIOD = frozenset({"de"})
_ORDINAL = re.compile(r"(?<!\d)\d{1,2}\.$")
# Full-width and Arabic marks end a sentence with or without a space after them; an ASCII
# mark needs one (so "6.8" and "3.5%" stay whole).
_CASELESS_END = re.compile(
    rf"(?:[。！？؟!]+|[.?]+(?=[{re.escape(_CLOSERS)}]*(?:\s|$)))[{re.escape(_CLOSERS)}]*")


def split_sentences(text: str, language: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` (written in ``language``, an ISO 639-1 code), stripped of
    surrounding space, with offsets into ``text``, cut as English sentences are when longer
    than the longest any stage reads."""
    return sentences_at(text, _PARAGRAPH, lambda block: _ends(block, language))


def _ends(block: str, language: str) -> list[int]:
    """Where the sentences of one paragraph end (offsets into ``block``)."""
    if language in CASELESS:
        return [m.end() for m in _CASELESS_END.finditer(block)]
    ends = []
    for m in _END.finditer(block):
        rest = block[m.end():].lstrip()
        following = rest.lstrip(_OPENERS)[:1]
        if rest and (following.isupper() or following.isdigit() or rest[0] in _OPENERS) \
                and not ends_abbreviation(block, m.start()) \
                and not (language in ORDINAL_PERIOD and _ORDINAL.search(block, 0, m.end())):
            ends.append(m.end())
    return ends

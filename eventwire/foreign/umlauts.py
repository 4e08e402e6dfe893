"""German written without its umlauts and sharp s ("entfuehrt", "getoetet", "Strassenschlacht"),
as feeds and wire systems limited to ASCII send it.

Two things are done with such text, and its offsets are never changed:

- the words of each German word list (:mod:`.labels`, :mod:`.worded`, :mod:`.realis_words`)
  match either spelling: :func:`either_spelling` writes each "ä" of a pattern as "(?:ä|ae)";
- the encoder reads a German sentence written without any umlaut respelled
  (:func:`respelled`): each word with "ae", "oe", "ue" or "ss" is written as the encoder's
  vocabulary finds likelier ("entfuehrt" -> "entführt", "Muenchen" -> "München", but
  "Feuer", "Israel", "Michael", "dass" stay), since it reads the two spellings as other words
  (a sentence of armed clashes with "Zusammenstoessen ... getoetet" is typed as an agreement).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .vocabulary import log_probability

# The languages whose word lists are matched in either spelling.
LANGUAGES = frozenset({"de"})
# Each letter, lower case, and how ASCII writes it.
ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_ANY_UMLAUT = re.compile("[äöüßÄÖÜ]")
# A word that may have been written without an umlaut or a sharp s.
_WORD = re.compile(r"[^\W\d_]*(?:[aouAOU]e|ss)[^\W\d_]*")
_DIGRAPH = {"ae": "ä", "oe": "ö", "ue": "ü", "Ae": "Ä", "Oe": "Ö", "Ue": "Ü"}
# A respelling is taken when the vocabulary finds it likelier than the word as written by at
# least this much (natural log): "Feuer" (-12.8) is no "Feür" (-22.2), "entfuehrt" (-35.8) is
# "entführt" (-25.3); "Schuesse" (-24.2) and "Schüsse" (-24.1) are as likely, and the word is
# left as written. Umlauts are chosen first, then a sharp s ("Strasse" -> "Straße", -13.6 ->
# -12.4; "dass" is likelier than "daß" by 7.7, "muss" than "muß" by 9.0). Set on the words of
# tests/foreign/test_umlauts.py.
MARGIN = 1.0
# Words with more digraphs than this are left as written (2^n spellings would be tried).
_MAX_DIGRAPHS = 4


def either_spelling(pattern: str) -> str:
    """``pattern`` (a regular expression of lower-case words) with each umlaut and sharp s
    also matched as its ASCII digraph. Such letters may not stand inside a character class
    (write "(?:a|ä)", not "[aä]")."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char in ASCII:
            if in_class:
                raise ValueError(f"{char!r} inside a character class of {pattern!r}")
            out.append(f"(?:{char}|{ASCII[char]})")
            continue
        out.append(char)
    return "".join(out)


def spelled_either(pattern: str, language: str) -> str:
    """``pattern`` matching either spelling in a language of :data:`LANGUAGES`."""
    return either_spelling(pattern) if language in LANGUAGES else pattern


def respelled(text: str) -> str:
    """``text`` with its words respelled as the vocabulary finds likelier (module docstring),
    when it holds no umlaut and no sharp s at all (else it is ``text``)."""
    if _ANY_UMLAUT.search(text):
        return text
    return _WORD.sub(lambda m: _likeliest(m.group()), text)


@lru_cache(maxsize=4096)
def _likeliest(word: str) -> str:
    """``word`` with umlauts where they make it likelier by :data:`MARGIN`, then a sharp s
    where that does."""
    with_umlauts = _best(word, re.compile("([AOUaou]e)"), _DIGRAPH)
    return _best(with_umlauts, re.compile("(ss)"), {"ss": "ß"})


def _best(word: str, digraph: re.Pattern[str], letters: dict[str, str]) -> str:
    parts = digraph.split(word)
    if not 1 < len(parts) <= 2 * _MAX_DIGRAPHS + 1 or (written := log_probability(word)) is None:
        return word
    options = [[p] if i % 2 == 0 else [p, letters[p]] for i, p in enumerate(parts)]
    spellings = ["".join(c) for c in itertools.product(*options)][1:]
    scored = [(log_probability(s) or -1e9, s) for s in spellings]
    score, best = max(scored)
    return best if score >= written + MARGIN else word

"""Place-name normalization: the lookup keys shared by the gazetteer builder and the matcher.

Two keys per name:

* :func:`normalize` — case, diacritics, apostrophes, dots and hyphens folded; "St."/"Mt."/"Ft."/"Co."/"Twp."
  spelled out. "St. Mary's" and "Saint Marys" meet here.
* :func:`skeleton` — a looser key for transliterated names: Arabic articles dropped
  (al-/ar-/el-...), Ayn/Ain/Ein unified, doubled letters and a final vowel-h collapsed, a few
  vowel digraphs unified. "Ein Issa" and "‘Ayn ‘Īsá", "Raqqa" and "Ar-Raqqah" meet here.
  Used only when the normalized key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophe-like marks (ayn/hamza transliterations, curly quotes, backticks) are dropped.
_MARKS = str.maketrans("", "", "'’‘`´ʿʾʻʼ\u02bb\u02bc\u2032")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_DROP = re.compile(r"[^\w ]+")
_EXPAND = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point",
           "co": "county", "twp": "township"}

# Arabic definite-article forms written as a separate token ("ar-Raqqah", "Deir ez-Zor").
_ARTICLES = frozenset({"al", "el", "ar", "er", "as", "es", "ad", "ed", "an", "en", "at", "et",
                       "az", "ez", "ash", "esh", "ul", "il"})
_AYN = frozenset({"ain", "ayn", "ein", "ayin", "aain"})
_DIGRAPHS = (("ou", "u"), ("ee", "i"), ("ei", "ay"), ("ai", "ay"), ("ie", "i"), ("y", "i"),
             ("kh", "k"), ("q", "k"), ("dh", "d"), ("th", "t"), ("j", "g"), ("w", "u"))
_DOUBLE = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Strip diacritics (NFKD, combining marks dropped); "ı" and "ł" folded by hand."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    for a, b in (("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("ß", "ss")):
        out = out.replace(a, b)
    return out


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The exact lookup key of a place name ("" when nothing is left)."""
    s = fold(name.lower()).translate(_MARKS).lower()
    s = s.replace("&", " and ").replace(".", " ")
    s = _DROP.sub(" ", _SEPARATORS.sub(" ", s))
    tokens = [_EXPAND.get(t, t) for t in s.split()]
    return " ".join(tokens)


@lru_cache(maxsize=1 << 14)
def skeleton(name: str) -> str:
    """The loose key for transliteration variants (see the module docstring)."""
    tokens = normalize(name).split()
    if len(tokens) > 1:
        tokens = [t for i, t in enumerate(tokens)
                  if not (t in _ARTICLES and i < len(tokens) - 1)]
    out = []
    for t in tokens:
        if t in _AYN:
            out.append("ayn")
            continue
        if len(t) > 3 and t.endswith("h") and t[-2] in "aeiou":
            t = t[:-1]
        for a, b in _DIGRAPHS:
            t = t.replace(a, b)
        out.append(_DOUBLE.sub(r"\1", t))
    return " ".join(out)


def is_latin(name: str) -> bool:
    """True when a name is written in Latin script (other scripts never occur in English news)."""
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


# The river or district words that follow a town's short name in its full one (normalized:
# "Newcastle upon Tyne", "Frankfurt am Main", "Halle an der Saale", "Chalons en Champagne").
_QUALIFIER = re.compile(r"(?:upon|on|am|an der|an|sur|en|in|bei|im|ob|nad|na) \w")


def short_form(key: str, name: str) -> bool:
    """True when ``key`` (normalized) is what news calls the town ``name`` (normalized), its
    qualifier dropped: "Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main."""
    return name.startswith(key + " ") and _QUALIFIER.match(name, len(key) + 1) is not None


# A unit word and "of" before a town's name in its full one (normalized: "City of
# Westminster", "London Borough of Hackney", "Municipality of Makati").
_UNIT_OF = re.compile(r"(?:(?:london |royal |metropolitan )?borough|city|municipality|town|"
                      r"district) of ")
# ... and before a province's or a French département's ("Province of Samar", "Departement
# des Landes", "Departement de l'Aude", normalized "departement de laude").
_AREA_UNIT_OF = re.compile(r"province of |departement (?:de la |des |du |de l|de |d)")


def unit_form(key: str, name: str, area: bool = False) -> bool:
    """True when ``key`` (normalized) is the town ``name`` (normalized) without its unit
    word: "Westminster" for the City of Westminster; with ``area``, the province or the
    département: "Landes" for the Departement des Landes."""
    unit = _AREA_UNIT_OF if area else _UNIT_OF
    return (len(name) > len(key) and name.endswith(key)
            and unit.fullmatch(name, 0, len(name) - len(key)) is not None)

"""What the words of two reports say about being one happening: shared content words, and the
similarity of their headlines in the sentence encoder's space.

Outlets tell one happening in different words, so shared words alone miss many pairs; the
headline (the report's title, else the sentence the event was read from) says what the report
is about, and the multilingual sentence encoder (:mod:`eventwire.events.encoder`) places two
headlines of one happening close even when they share few words. Vectors are computed once
per text (a batch at a time) and kept: a store compares a stored report with many new ones,
and keeps every report's vectors (:mod:`eventwire.store.vectors`), given to :func:`prime` as
``stored``, so that a later process encodes only the texts no store holds.

A vector is always used as its float16 rounding, the form the store keeps, so that a score is
the same whether the vector was encoded now or read back. The rounding moves a cosine by at
most 7.2e-5 (mean 1.2e-5; ``python benchmarks/store_size.py --vector-forms``), but that changes
its fourth decimal in 12% of pairs, so it must be the same on both paths. It changed no merge
on ECB+ dev nor on the project's stories (the same pairs and F1 with and without it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..places.cues import REGION_TAIL
from ..places.names import fold

if TYPE_CHECKING:
    import numpy as np

_NON_WORD = re.compile(r"[\W_]+")
# Words too common in news sentences to say which happening it is.
_STOP = frozenset("""
    a an the and or but of to in on at by for from with as into onto over under after
    before during about against between than then that this these those there their they
    them he she his her its it is was were be been being are has have had do did does
    said says say told tells according who whom whose which what when where while also
    not no more most some any all one two three new near other such only just up out off
    down
""".split())  # noqa: SIM905 - a word list reads best as words
# Texts whose vectors are kept: about 2 KB each, so at most about 100 MB.
CACHED_VECTORS = 50_000


def normalise(text: str) -> str:
    """Lower-case words without accents or punctuation, single-spaced."""
    text = text.casefold()
    return _NON_WORD.sub(" ", text if text.isascii() else fold(text)).strip()


def words(text: str) -> frozenset[str]:
    """The content words of a text (normalised, stop words and one-letter words dropped)."""
    return frozenset(w for w in normalise(text).split() if len(w) > 1 and w not in _STOP)


# A capitalised word or a number: names of people, places, outlets and figures, which tell one
# happening from another of its kind better than common words do.
_NAME = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]+|\d[\d.,]*\d|\d)")


# A run of capitalised words: "Jilib", "North Kivu", "Lake Chad".
_PHRASE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# The longest name :func:`phrases` takes from a run, in words ("Santa Cruz de Tenerife" is
# four: "de" breaks the run, so names that long are rare).
NAME_WORDS = 4


def phrases(*texts: str) -> frozenset[str]:
    """The names texts may give a place by: every part of up to :data:`NAME_WORDS` words of
    their runs of capitalised words, normalised ("Outside Ar Raqqah" gives "ar raqqah",
    "outside", ...), the calendar and stop words left out."""
    found = set()
    for t in texts:
        for m in _PHRASE.finditer(t if t.isascii() else fold(t)):
            run = normalise(m.group()).split()
            found.update(" ".join(run[i:j]) for i in range(len(run))
                         for j in range(i + 1, min(len(run), i + NAME_WORDS) + 1))
    return frozenset(n for n in found if len(n) > 1 and n not in _STOP and n not in _CALENDAR)


# Capitalised words of the calendar: the date feature weighs them.
_CALENDAR = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
""".split())  # noqa: SIM905


# A place a sentence names by its words alone: a name after a locative preposition ("in
# Wetlet", "in nearby Wetlet", "near the town of Wetlet"), or before a settlement's unit
# ("bombed Wetlet township"). Settlements only, not "district" nor "area": a city's quarter
# ("the blast in the Kebele Ten area") may be the lead's own place told finer; nor a name
# after "the" ("near the Central Market"), a landmark's.
_NAME_RUN = (r"((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})\b"
             r"(?!(?:\s+(?-i:[A-Z])[\w-]+)*['’])")
_PLACE_SAID = re.compile(
    r"\b(?:in|near|outside)\s+(?:(?:nearby|neighbou?ring)\s+|"
    rf"the\s+(?:town|city|village|township)\s+of\s+)?{_NAME_RUN}"
    rf"|{_NAME_RUN}\s+(?:town|township|village)\b", re.IGNORECASE)


def said_places(sentence: str) -> frozenset[str]:
    """The places a sentence names by its words (:data:`_PLACE_SAID`), normalised, the calendar
    left out (:func:`phrases`: "in December"); none for a sentence in one case (a radio
    summary in lower case, a wire item in capitals), whose capitals say nothing of names.
    A possessive is no place of its own ("in Syria's Idlib" names Idlib's place); a region's
    unit word is left off ("in Kano State" names Kano)."""
    if sentence.islower() or sentence.isupper():
        return frozenset()
    return frozenset(normalise(REGION_TAIL.sub("", a or b))
                     for a, b in _PLACE_SAID.findall(sentence)) & phrases(sentence)


# A possessive ending: "Palin's church" names Palin, as "Governor Sarah Palin" does.
_POSSESSIVE = re.compile(r"['’]s?$")


def names(*texts: str) -> frozenset[str]:
    """The names and numbers of sentences or titles, normalised, a possessive's ending left
    off; the stop words and the calendar left out. A text's capitalised first word counts too:
    leaving it out (it is often a common word) scored worse on the project's stories
    (topic-wise cross-validation with ``training/train_merge.py``'s fit), as headlines often
    open with a name."""
    found = (_NON_WORD.sub(" ", _POSSESSIVE.sub("", m.group()).casefold()).strip()
             for t in texts for m in _NAME.finditer(t if t.isascii() else fold(t)))
    return frozenset(n for n in found if n and n not in _STOP and n not in _CALENDAR)



def inner_names(*sentences: str) -> frozenset[str]:
    """:func:`names` of sentences but their first words: words capitalised only as names, not
    as a sentence's start ("Gunmen abducted Musa Adeyemi" gives "musa", "adeyemi")."""
    return names(*(s.split(None, 1)[1] if len(s.split(None, 1)) > 1 else "" for s in sentences))


def caseless(*texts: str) -> bool:
    """True when the texts have no capital letter (a radio summary in lower case): they give
    no names by their capitals."""
    return not any(c.isupper() for t in texts for c in t)

def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words of the two sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_VECTORS: dict[str, np.ndarray] = {}
# Vectors computed elsewhere, as float16 bytes (:func:`offer`).
_OFFERED: dict[str, bytes] = {}
# Where vectors kept elsewhere are read: the texts asked for in, their vectors (rounded as
# :func:`rounded` rounds) out, the texts it lacks left out.
Stored = Callable[[list[str]], "dict[str, np.ndarray]"]


def rounded(vectors: np.ndarray) -> np.ndarray:
    """Vectors as scores use them: rounded to float16 (the store's form), held as float32."""
    import numpy as np

    return np.asarray(vectors, dtype=np.float32).astype(np.float16).astype(np.float32)


def packed(vectors: Iterable[np.ndarray]) -> list[bytes]:
    """Vectors as float16 bytes (the store's form): :func:`unpacked` gives :func:`rounded`."""
    import numpy as np

    return [np.asarray(v, dtype=np.float32).astype("<f2").tobytes() for v in vectors]


def unpacked(data: bytes) -> np.ndarray:
    """A vector from :func:`packed` bytes, held as float32."""
    import numpy as np

    return np.frombuffer(data, dtype="<f2").astype(np.float32)


def offer(given: Iterable[tuple[str, bytes]]) -> None:
    """Vectors computed elsewhere (:func:`packed`; ingest's workers hand over those of the
    sentences their detector encoded), taken by :func:`prime` instead of encoding the texts
    no store holds; they replace those offered before. Rounded as every vector is, a score
    is the same whichever process encoded the text."""
    _OFFERED.clear()
    _OFFERED.update(given)


@lru_cache(maxsize=1)
def encoder_name() -> tuple[str, str]:
    """The encoder's name (its class) and version (its package's), under which its vectors are
    kept: vectors of another encoder, or another release of it, are never read."""
    from importlib.metadata import packages_distributions, version

    from ..events.encoder import load_encoder

    kind = type(load_encoder())
    top = kind.__module__.split(".")[0]
    dists = packages_distributions().get(top, [])
    return f"{kind.__module__}.{kind.__qualname__}", version(dists[0]) if dists else ""


def prime(texts: Iterable[str], stored: Stored | None = None) -> None:
    """Have the vectors of ``texts``: the kept ones, then those ``stored`` holds, then those
    offered (:func:`offer`), then the rest encoded in one batch (four times faster per text
    than one at a time); the kept vectors are dropped when there would be too many."""
    missing = sorted({t for t in texts if t and t not in _VECTORS})
    if not missing:
        return
    found = stored(missing) if stored is not None else {}
    found |= {t: unpacked(_OFFERED[t]) for t in missing if t not in found and t in _OFFERED}
    missing = [t for t in missing if t not in found]
    if len(_VECTORS) + len(found) + len(missing) > CACHED_VECTORS:
        _VECTORS.clear()
    _VECTORS.update(found)
    if missing:
        from ..events.encoder import load_encoder

        _VECTORS.update(zip(missing, rounded(load_encoder().encode(missing)), strict=True))


def vectors(texts: Iterable[str], stored: Stored | None = None) -> dict[str, np.ndarray]:
    """The vectors of ``texts`` (the empty text has none), as :func:`prime` finds them."""
    wanted = sorted({t for t in texts if t})
    prime(wanted, stored)
    if any(t not in _VECTORS for t in wanted):     # too many at once for the kept ones
        _VECTORS.clear()
        prime(wanted, stored)
    return {t: _VECTORS[t] for t in wanted}


def cosine(a: str, b: str) -> float:
    """The cosine of two texts' sentence vectors (unit vectors, so their dot product), to four
    decimals: a vector encoded alone or in a batch differs in the seventh, and a score must
    not depend on which texts were encoded together."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a not in _VECTORS or b not in _VECTORS:
        prime((a, b))
    return round(float(_VECTORS[a] @ _VECTORS[b]), 4)

